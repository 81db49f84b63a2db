// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.039776768712) q[0];
rz(pi*-0.037315125847) q[1];
rz(pi*0.262769235338) q[2];
rz(pi*-0.00912943243) q[3];
rz(pi*0.095986450817) q[4];
rz(pi*0.241741056049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004935898162) q[0];
rz(pi*-0.079756403529) q[1];
rz(pi*-0.23791736437) q[2];
rz(pi*0.231586443055) q[3];
rz(pi*-0.061004375295) q[4];
rz(pi*0.154827050643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.039464951604) q[0];
rz(pi*-0.029711083359) q[1];
rz(pi*0.093705395307) q[2];
rz(pi*0.074939365185) q[3];
rz(pi*0.011265364207) q[4];
rz(pi*0.183031652774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.017793650715) q[0];
rz(pi*-0.106043932829) q[1];
rz(pi*0.037783012778) q[2];
rz(pi*-0.052210326498) q[3];
rz(pi*-0.119341381479) q[4];
rz(pi*-0.076827931464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.019206021185) q[0];
rz(pi*0.001659551132) q[1];
rz(pi*0.182234797371) q[2];
rz(pi*-0.02310271644) q[3];
rz(pi*-0.045309449613) q[4];
rz(pi*0.003190445394) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
