// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.002553507131) q[0];
rx(pi*0.023815693325) q[1];
rx(pi*-0.229784506343) q[2];
rx(pi*-0.0107287817) q[3];
rx(pi*-0.200080639743) q[4];
rx(pi*0.006972092279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010199370891) q[0];
rx(pi*-0.00481729329) q[1];
rx(pi*-0.304849063204) q[2];
rx(pi*-0.000411564921) q[3];
rx(pi*-0.197532903292) q[4];
rx(pi*-0.002523206467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.036156194527) q[0];
rx(pi*-0.090479250317) q[1];
rx(pi*-0.068124254607) q[2];
rx(pi*-0.007348623651) q[3];
rx(pi*-0.205933941107) q[4];
rx(pi*0.000362088479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002048284797) q[0];
rx(pi*0.032733513214) q[1];
rx(pi*-0.252780652859) q[2];
rx(pi*0.000741538356) q[3];
rx(pi*-0.198374363625) q[4];
rx(pi*5.5463396e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.028792735966) q[0];
rx(pi*0.034059231588) q[1];
rx(pi*-0.218010095015) q[2];
rx(pi*-0.003319958706) q[3];
rx(pi*-0.203482643132) q[4];
rx(pi*-0.00062065342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
