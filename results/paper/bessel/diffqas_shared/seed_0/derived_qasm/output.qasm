// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021775041502) q[0];
ry(pi*0.458624283687) q[1];
ry(pi*-0.000394150718) q[2];
ry(pi*-0.001644971761) q[3];
ry(pi*0.007917786516) q[4];
ry(pi*-0.195248508578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.498369837486) q[0];
ry(pi*0.501586097676) q[1];
ry(pi*0.003810476864) q[2];
ry(pi*0.000585494102) q[3];
ry(pi*0.002263495194) q[4];
ry(pi*-0.000806764439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.083740073417) q[0];
ry(pi*-0.02425506896) q[1];
ry(pi*-0.003587311698) q[2];
ry(pi*0.002323708174) q[3];
ry(pi*-0.03467004497) q[4];
ry(pi*0.003040173821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005107415062) q[0];
ry(pi*0.007001043506) q[1];
ry(pi*0.36242281472) q[2];
ry(pi*0.019773405948) q[3];
ry(pi*-0.316224155111) q[4];
ry(pi*-0.049272126156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.28666873129) q[0];
ry(pi*0.00560423484) q[1];
ry(pi*-0.049098368989) q[2];
ry(pi*-0.463283990521) q[3];
ry(pi*-0.537822603843) q[4];
ry(pi*0.003707946653) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
