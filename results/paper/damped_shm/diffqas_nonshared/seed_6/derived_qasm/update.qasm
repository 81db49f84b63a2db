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
ry(pi*0.008972239658) q[0];
ry(pi*-0.017062795572) q[1];
ry(pi*0.010558277174) q[2];
ry(pi*-0.0390223174) q[3];
ry(pi*0.002263919709) q[4];
ry(pi*-0.020965905988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.075547209333) q[0];
ry(pi*-0.225995060473) q[1];
ry(pi*-0.446419228932) q[2];
ry(pi*0.011481136523) q[3];
ry(pi*0.004613239907) q[4];
ry(pi*-0.005134293516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008413459036) q[0];
ry(pi*0.06563790448) q[1];
ry(pi*0.10156043539) q[2];
ry(pi*-0.006516846534) q[3];
ry(pi*-0.019945414064) q[4];
ry(pi*-0.150014584731) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004963037788) q[0];
ry(pi*-0.25825609298) q[1];
ry(pi*0.149090602432) q[2];
ry(pi*0.516454508807) q[3];
ry(pi*0.480667504978) q[4];
ry(pi*-0.058503885729) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023057086982) q[0];
ry(pi*0.013099969619) q[1];
ry(pi*0.002813851175) q[2];
ry(pi*-0.015574907638) q[3];
ry(pi*-0.040405739014) q[4];
ry(pi*-0.002629687456) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
