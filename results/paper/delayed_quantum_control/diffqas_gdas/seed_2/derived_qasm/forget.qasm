// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.041220613785) q[0];
rx(pi*-0.295962721475) q[1];
rx(pi*0.055280857012) q[2];
rx(pi*-0.030900484912) q[3];
rx(pi*-0.057642129299) q[4];
rx(pi*0.003754551429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.242758678344) q[0];
rx(pi*-0.308536473637) q[1];
rx(pi*-0.017514081349) q[2];
rx(pi*-0.045524728638) q[3];
rx(pi*-0.060897340539) q[4];
rx(pi*2.0669609e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.023478011619) q[0];
rx(pi*-0.335789933981) q[1];
rx(pi*0.031761250015) q[2];
rx(pi*-0.029206481789) q[3];
rx(pi*-0.054550425198) q[4];
rx(pi*-0.000330681652) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.211133100076) q[0];
rx(pi*-0.278466034579) q[1];
rx(pi*-0.001616652119) q[2];
rx(pi*-0.040388801094) q[3];
rx(pi*-0.058279395435) q[4];
rx(pi*-0.003147952961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017629976378) q[0];
rx(pi*-0.283367131681) q[1];
rx(pi*0.06070088248) q[2];
rx(pi*-0.028108787384) q[3];
rx(pi*-0.057578878901) q[4];
rx(pi*-0.00110187671) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
