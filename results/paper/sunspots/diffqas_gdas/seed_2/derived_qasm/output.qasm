// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.274783936515) q[0];
ry(pi*-0.021374014534) q[1];
ry(pi*-0.07321883579) q[2];
ry(pi*-0.139331182286) q[3];
ry(pi*0.061996479245) q[4];
ry(pi*-8.324e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.213369474765) q[0];
ry(pi*0.219112734192) q[1];
ry(pi*0.087115088073) q[2];
ry(pi*0.006279039743) q[3];
ry(pi*0.001050299222) q[4];
ry(pi*2.3872e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008612639092) q[0];
ry(pi*-0.115310991199) q[1];
ry(pi*0.005664714623) q[2];
ry(pi*0.103970031265) q[3];
ry(pi*-0.110359274806) q[4];
ry(pi*3.1956e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000791212641) q[0];
ry(pi*0.137059214722) q[1];
ry(pi*-0.282415230984) q[2];
ry(pi*-0.266638006266) q[3];
ry(pi*-0.154713014943) q[4];
ry(pi*-2.8849e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010602494348) q[0];
ry(pi*-0.098088811503) q[1];
ry(pi*-0.181076454206) q[2];
ry(pi*-0.204281623483) q[3];
ry(pi*-0.261460874657) q[4];
ry(pi*-0.001060361003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
