// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.012825881005) q[0];
ry(pi*-0.000626641175) q[1];
ry(pi*0.000314518279) q[2];
ry(pi*0.007558496036) q[3];
ry(pi*0.009627513303) q[4];
ry(pi*0.004450110443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000128504551) q[0];
ry(pi*-0.018320342492) q[1];
ry(pi*-0.001903445063) q[2];
ry(pi*-0.000862873969) q[3];
ry(pi*0.173956873715) q[4];
ry(pi*-7.3239244e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.1866662e-05) q[0];
ry(pi*0.000135208342) q[1];
ry(pi*0.000115186933) q[2];
ry(pi*0.002934284545) q[3];
ry(pi*0.000143760595) q[4];
ry(pi*0.003508025178) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.165894025127) q[0];
ry(pi*0.007162625505) q[1];
ry(pi*-0.002251720974) q[2];
ry(pi*0.000647534543) q[3];
ry(pi*0.000443988421) q[4];
ry(pi*-0.00137131374) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001466869095) q[0];
ry(pi*-0.000260843338) q[1];
ry(pi*-0.141578162741) q[2];
ry(pi*0.169231274529) q[3];
ry(pi*8.207113e-06) q[4];
ry(pi*-0.002470727699) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
