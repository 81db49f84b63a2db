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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.235271633676) q[0];
rx(pi*1.916718800195) q[1];
rx(pi*1.822090627358) q[2];
rx(pi*1.847335461876) q[3];
rx(pi*0.477936681511) q[4];
rx(pi*0.587947768451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.033750412173) q[0];
rx(pi*1.112606396925) q[1];
rx(pi*1.987084471499) q[2];
rx(pi*0.035173456) q[3];
rx(pi*1.273905715852) q[4];
rx(pi*0.356812725009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.164269483606) q[0];
rx(pi*0.905048407588) q[1];
rx(pi*1.483359993376) q[2];
rx(pi*0.269492513074) q[3];
rx(pi*1.815160869208) q[4];
rx(pi*1.926376232336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.253116669075) q[0];
rx(pi*1.837370823005) q[1];
rx(pi*0.59332217869) q[2];
rx(pi*0.533696600402) q[3];
rx(pi*1.731811918985) q[4];
rx(pi*1.471079161466) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.967992574949) q[0];
rx(pi*0.125092173087) q[1];
rx(pi*1.216125654677) q[2];
rx(pi*0.508738064646) q[3];
rx(pi*0.207317927161) q[4];
rx(pi*1.473162976291) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
