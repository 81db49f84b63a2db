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
rz(pi*0.000838229926) q[0];
rz(pi*0.004642505073) q[1];
rz(pi*-0.000122013981) q[2];
rz(pi*0.001332913047) q[3];
rz(pi*0.008295635308) q[4];
rz(pi*1.362436e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00022547571) q[0];
rz(pi*-0.003084597028) q[1];
rz(pi*-0.001981637537) q[2];
rz(pi*0.004841835132) q[3];
rz(pi*-0.00033150541) q[4];
rz(pi*-0.003667325704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002857430094) q[0];
rz(pi*0.000124417035) q[1];
rz(pi*0.002539428167) q[2];
rz(pi*-0.002267440933) q[3];
rz(pi*0.002369458583) q[4];
rz(pi*-0.001458931668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001224821746) q[0];
rz(pi*0.001741672003) q[1];
rz(pi*0.002017344693) q[2];
rz(pi*-0.001294734987) q[3];
rz(pi*-0.000463132998) q[4];
rz(pi*0.001681967285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004052920713) q[0];
rz(pi*0.000608275518) q[1];
rz(pi*0.001689600704) q[2];
rz(pi*0.003371666262) q[3];
rz(pi*-7.4399902e-05) q[4];
rz(pi*-0.000547517739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
