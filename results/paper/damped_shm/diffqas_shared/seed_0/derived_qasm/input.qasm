// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.016045172091) q[0];
rz(pi*0.117306696584) q[1];
rz(pi*-0.000867956813) q[2];
rz(pi*-0.063028240981) q[3];
rz(pi*0.023468235911) q[4];
rz(pi*-0.163916495635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.015027692091) q[0];
rz(pi*0.056313875692) q[1];
rz(pi*-0.043346315693) q[2];
rz(pi*0.087888682887) q[3];
rz(pi*0.081970390376) q[4];
rz(pi*0.058956177061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.07631986974) q[0];
rz(pi*-0.050551505965) q[1];
rz(pi*-0.036330627597) q[2];
rz(pi*0.070387423559) q[3];
rz(pi*0.122248262557) q[4];
rz(pi*-0.047463273877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.124771410328) q[0];
rz(pi*-0.148654912254) q[1];
rz(pi*0.039534147586) q[2];
rz(pi*0.034487626744) q[3];
rz(pi*-0.048090441768) q[4];
rz(pi*0.001754031414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.16027615659) q[0];
rz(pi*0.087850120778) q[1];
rz(pi*0.036825503262) q[2];
rz(pi*-0.066374573585) q[3];
rz(pi*-0.299362410189) q[4];
rz(pi*-0.002106272629) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
