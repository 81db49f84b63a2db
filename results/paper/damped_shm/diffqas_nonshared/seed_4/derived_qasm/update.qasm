// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.006373484895) q[0];
ry(pi*0.008549800758) q[1];
ry(pi*0.002216821346) q[2];
ry(pi*-0.005620993112) q[3];
ry(pi*-0.008543945887) q[4];
ry(pi*0.004030655898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010561931799) q[0];
ry(pi*0.167620070849) q[1];
ry(pi*0.475524600205) q[2];
ry(pi*0.000860638001) q[3];
ry(pi*0.005462825615) q[4];
ry(pi*-0.011601653788) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010353026432) q[0];
ry(pi*-0.183367584245) q[1];
ry(pi*0.168923821152) q[2];
ry(pi*-0.008048520606) q[3];
ry(pi*-0.075162527387) q[4];
ry(pi*-0.000970025749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017004434214) q[0];
ry(pi*0.24500552599) q[1];
ry(pi*-0.148055098322) q[2];
ry(pi*0.490016705859) q[3];
ry(pi*-0.505486628983) q[4];
ry(pi*-0.05356290791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026134352821) q[0];
ry(pi*0.003438479682) q[1];
ry(pi*0.008421339248) q[2];
ry(pi*-0.020888499549) q[3];
ry(pi*-0.005511194264) q[4];
ry(pi*-0.00324033957) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
