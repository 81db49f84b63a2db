// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.047373504321) q[0];
rx(pi*-0.022112467076) q[1];
rx(pi*-0.343304773724) q[2];
rx(pi*0.006773111437) q[3];
rx(pi*-0.131618826753) q[4];
rx(pi*0.00156615793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00221893903) q[0];
rx(pi*0.002648448539) q[1];
rx(pi*-0.302112073594) q[2];
rx(pi*-0.319378469279) q[3];
rx(pi*0.01295176993) q[4];
rx(pi*0.004171716498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007013571449) q[0];
rx(pi*-0.206728728481) q[1];
rx(pi*-0.486350487985) q[2];
rx(pi*0.000820687398) q[3];
rx(pi*-0.233355405132) q[4];
rx(pi*0.499153791421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.166060131534) q[0];
rx(pi*0.015451928659) q[1];
rx(pi*0.000842557047) q[2];
rx(pi*0.019496726368) q[3];
rx(pi*-0.096588531993) q[4];
rx(pi*-0.22530067688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.494838364067) q[0];
rx(pi*0.009759325282) q[1];
rx(pi*0.307787809013) q[2];
rx(pi*0.008515218775) q[3];
rx(pi*0.499458076349) q[4];
rx(pi*-0.001448161669) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
