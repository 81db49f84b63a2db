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
rz(pi*0.003080528263) q[0];
rz(pi*0.000304802528) q[1];
rz(pi*0.001828680579) q[2];
rz(pi*0.004608762931) q[3];
rz(pi*-0.003966272471) q[4];
rz(pi*0.002368507722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005999134203) q[0];
rz(pi*0.001374048187) q[1];
rz(pi*0.00064617688) q[2];
rz(pi*-0.001729551826) q[3];
rz(pi*-0.003429226614) q[4];
rz(pi*-0.000196830196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001305858205) q[0];
rz(pi*0.000310670906) q[1];
rz(pi*-0.002889639298) q[2];
rz(pi*0.001736478954) q[3];
rz(pi*-0.00329724062) q[4];
rz(pi*-0.000968403282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001247807526) q[0];
rz(pi*0.004035882) q[1];
rz(pi*-0.004760978321) q[2];
rz(pi*-0.001317902639) q[3];
rz(pi*0.003763895211) q[4];
rz(pi*-0.002095571258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003945421421) q[0];
rz(pi*0.000900202183) q[1];
rz(pi*-0.000923171807) q[2];
rz(pi*0.002657096555) q[3];
rz(pi*-0.002929686322) q[4];
rz(pi*0.000607714636) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
