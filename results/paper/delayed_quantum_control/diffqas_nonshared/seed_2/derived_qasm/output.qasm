// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*0.006077660627) q[0];
rz(pi*0.00339499533) q[1];
rz(pi*0.003862544902) q[2];
rz(pi*-0.000775307031) q[3];
rz(pi*0.00130691312) q[4];
rz(pi*-0.000863233414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000743371079) q[0];
rz(pi*-0.003662268577) q[1];
rz(pi*-0.002459973857) q[2];
rz(pi*-0.001602068746) q[3];
rz(pi*0.000110953564) q[4];
rz(pi*0.003078777434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001727425544) q[0];
rz(pi*-0.005659583681) q[1];
rz(pi*0.003229928572) q[2];
rz(pi*-0.004742234729) q[3];
rz(pi*0.001499633399) q[4];
rz(pi*-0.000640251009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0001797749) q[0];
rz(pi*-0.001529884111) q[1];
rz(pi*-0.003342601198) q[2];
rz(pi*0.005051713446) q[3];
rz(pi*-0.007704861891) q[4];
rz(pi*-0.002826330796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004096126107) q[0];
rz(pi*-9.0692976e-05) q[1];
rz(pi*-1.620386e-06) q[2];
rz(pi*-0.002739924457) q[3];
rz(pi*-0.003607464314) q[4];
rz(pi*0.001802471507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
