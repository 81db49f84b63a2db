// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.089151006196) q[0];
rx(pi*-0.005601468376) q[1];
rx(pi*0.000345710699) q[2];
rx(pi*0.003121706833) q[3];
rx(pi*0.002064894252) q[4];
rx(pi*-0.002096336986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088962824998) q[0];
rx(pi*-0.003655415858) q[1];
rx(pi*0.002005968455) q[2];
rx(pi*0.004609191004) q[3];
rx(pi*-0.00167270399) q[4];
rx(pi*-0.005404327298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0894165298) q[0];
rx(pi*0.002354999867) q[1];
rx(pi*-0.00866322518) q[2];
rx(pi*0.0004581684) q[3];
rx(pi*0.0068909322) q[4];
rx(pi*0.002612206737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.092901994306) q[0];
rx(pi*0.001381398052) q[1];
rx(pi*0.003380689286) q[2];
rx(pi*-0.002976422721) q[3];
rx(pi*-0.002689310205) q[4];
rx(pi*0.001297332327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087078717316) q[0];
rx(pi*0.000925406886) q[1];
rx(pi*-0.006088080223) q[2];
rx(pi*0.002431261568) q[3];
rx(pi*0.002697462854) q[4];
rx(pi*0.000139030062) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
