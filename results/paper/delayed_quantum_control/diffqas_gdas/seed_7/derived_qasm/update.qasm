// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.356933619357) q[0];
ry(pi*0.030639718724) q[1];
ry(pi*0.000438002852) q[2];
ry(pi*0.002537830602) q[3];
ry(pi*-0.000340233912) q[4];
ry(pi*0.008027725289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00058242111) q[0];
ry(pi*-0.001086098721) q[1];
ry(pi*0.052075254764) q[2];
ry(pi*9.1146599e-05) q[3];
ry(pi*0.005294170932) q[4];
ry(pi*0.00981327429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000126129845) q[0];
ry(pi*-0.000288038197) q[1];
ry(pi*0.000229113271) q[2];
ry(pi*-0.000876361295) q[3];
ry(pi*-0.002870144207) q[4];
ry(pi*0.004942227945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.242978382763) q[0];
ry(pi*0.006041930793) q[1];
ry(pi*-0.040257206116) q[2];
ry(pi*-0.000398427665) q[3];
ry(pi*0.000241243564) q[4];
ry(pi*-0.000224639223) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008536656795) q[0];
ry(pi*0.052889389597) q[1];
ry(pi*-0.488564304077) q[2];
ry(pi*0.000369699701) q[3];
ry(pi*0.003944719726) q[4];
ry(pi*-0.001594736669) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
