// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.002477916888) q[0];
rz(pi*-0.003797789136) q[1];
rz(pi*-1.1313323e-05) q[2];
rz(pi*-0.002236172807) q[3];
rz(pi*0.003981092262) q[4];
rz(pi*0.000487076754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000525970034) q[0];
rz(pi*0.003620568553) q[1];
rz(pi*0.001649202388) q[2];
rz(pi*-0.00011883424) q[3];
rz(pi*-0.000288780987) q[4];
rz(pi*-0.00038499155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003427312442) q[0];
rz(pi*0.002492638999) q[1];
rz(pi*0.001164752915) q[2];
rz(pi*0.002542752844) q[3];
rz(pi*-0.001733303242) q[4];
rz(pi*0.001626636083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004495597606) q[0];
rz(pi*0.004288495242) q[1];
rz(pi*0.000286632731) q[2];
rz(pi*0.000583757763) q[3];
rz(pi*0.001907898174) q[4];
rz(pi*-3.0906787e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000808850552) q[0];
rz(pi*0.003787202046) q[1];
rz(pi*0.000368445758) q[2];
rz(pi*-0.002915310019) q[3];
rz(pi*0.001399159508) q[4];
rz(pi*-0.005427567135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
