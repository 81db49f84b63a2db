// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.269578801131) q[0];
ry(pi*3.2440321e-05) q[1];
ry(pi*0.020686107763) q[2];
ry(pi*-0.003967735448) q[3];
ry(pi*0.142633085458) q[4];
ry(pi*-0.188504360819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009911292841) q[0];
ry(pi*0.009410059527) q[1];
ry(pi*-0.095036305099) q[2];
ry(pi*-0.032380404292) q[3];
ry(pi*-0.024940283972) q[4];
ry(pi*-0.044871568083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.129526066277) q[0];
ry(pi*0.091220515569) q[1];
ry(pi*-0.313001539052) q[2];
ry(pi*-0.000977872833) q[3];
ry(pi*-0.094744627562) q[4];
ry(pi*-0.011422862915) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.225099091436) q[0];
ry(pi*-0.085987585109) q[1];
ry(pi*0.02064956625) q[2];
ry(pi*-0.027583977467) q[3];
ry(pi*-0.019693502221) q[4];
ry(pi*-0.022496224101) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11755141657) q[0];
ry(pi*-0.199659179126) q[1];
ry(pi*-0.051298752376) q[2];
ry(pi*-0.491442773467) q[3];
ry(pi*-0.15635907156) q[4];
ry(pi*0.000356051625) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
