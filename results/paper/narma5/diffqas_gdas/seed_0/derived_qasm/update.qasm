// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.004500457001) q[0];
rx(pi*0.003026478758) q[1];
rx(pi*-0.000946290841) q[2];
rx(pi*-0.006248979796) q[3];
rx(pi*0.004639942567) q[4];
rx(pi*0.004087360104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.8752571e-05) q[0];
rx(pi*0.001450511473) q[1];
rx(pi*-0.001130970752) q[2];
rx(pi*0.000162172359) q[3];
rx(pi*0.000529306495) q[4];
rx(pi*-0.000735289207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002641119426) q[0];
rx(pi*-8.8764185e-05) q[1];
rx(pi*-0.001662486276) q[2];
rx(pi*0.000942229562) q[3];
rx(pi*-0.001657083045) q[4];
rx(pi*0.000426016893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.402454e-06) q[0];
rx(pi*-0.001000530147) q[1];
rx(pi*0.005096859099) q[2];
rx(pi*-0.002081357854) q[3];
rx(pi*-0.004657251345) q[4];
rx(pi*0.005074321254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001888583472) q[0];
rx(pi*-0.003387553863) q[1];
rx(pi*-0.00079273639) q[2];
rx(pi*-0.00290853734) q[3];
rx(pi*0.002985252756) q[4];
rx(pi*0.002270624501) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
