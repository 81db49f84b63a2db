// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rz(pi*0.000180015839) q[0];
rz(pi*0.001390064151) q[1];
rz(pi*-0.006732580312) q[2];
rz(pi*-0.002579469558) q[3];
rz(pi*-0.008440167922) q[4];
rz(pi*0.001526916359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003214396117) q[0];
rz(pi*-0.005256821892) q[1];
rz(pi*0.000200206566) q[2];
rz(pi*-0.001203371498) q[3];
rz(pi*-0.006532100623) q[4];
rz(pi*-0.001573183627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000168694519) q[0];
rz(pi*0.002764387443) q[1];
rz(pi*-0.00075491859) q[2];
rz(pi*0.001692537477) q[3];
rz(pi*0.005823236674) q[4];
rz(pi*0.003325850634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002799970239) q[0];
rz(pi*0.001432814346) q[1];
rz(pi*0.005199553839) q[2];
rz(pi*0.008590391766) q[3];
rz(pi*0.002366322151) q[4];
rz(pi*0.003683536435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002837355149) q[0];
rz(pi*0.006569238591) q[1];
rz(pi*0.003012666895) q[2];
rz(pi*0.003493751447) q[3];
rz(pi*-0.00290782023) q[4];
rz(pi*-0.001046135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
