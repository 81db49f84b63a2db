// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.761941221624) q[0];
ry(pi*0.006290601261) q[1];
ry(pi*-0.499928183091) q[2];
ry(pi*0.448829223235) q[3];
ry(pi*4.4867533e-05) q[4];
ry(pi*0.028648263235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013048058996) q[0];
ry(pi*-0.010436698621) q[1];
ry(pi*0.00047063205) q[2];
ry(pi*0.004004541393) q[3];
ry(pi*-0.008791054068) q[4];
ry(pi*0.469577099149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.092614272587) q[0];
ry(pi*0.033653473291) q[1];
ry(pi*0.018704896372) q[2];
ry(pi*-0.556107930943) q[3];
ry(pi*-0.016789195507) q[4];
ry(pi*0.000222023855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.554633596665) q[0];
ry(pi*0.501816654506) q[1];
ry(pi*0.501420162024) q[2];
ry(pi*0.489015703691) q[3];
ry(pi*-0.139387910802) q[4];
ry(pi*-0.007682919315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.562173897836) q[0];
ry(pi*0.448651069134) q[1];
ry(pi*-0.669921498031) q[2];
ry(pi*0.00263507542) q[3];
ry(pi*-0.162072629151) q[4];
ry(pi*-0.004789951782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
