// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.175732533172) q[0];
rx(pi*-0.064960876208) q[1];
rx(pi*0.00296022118) q[2];
rx(pi*-0.001565614539) q[3];
rx(pi*0.001247284145) q[4];
rx(pi*-0.002040689917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018478592994) q[0];
rx(pi*-0.065218141924) q[1];
rx(pi*-0.001283802831) q[2];
rx(pi*-0.001054101479) q[3];
rx(pi*0.000152559623) q[4];
rx(pi*-0.004982263703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.187045147821) q[0];
rx(pi*-0.066139643536) q[1];
rx(pi*-0.000438749237) q[2];
rx(pi*-0.000607875571) q[3];
rx(pi*-0.000166948915) q[4];
rx(pi*0.001435162372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.017941700994) q[0];
rx(pi*-0.066157036803) q[1];
rx(pi*0.000959776982) q[2];
rx(pi*0.001181528233) q[3];
rx(pi*0.002074131016) q[4];
rx(pi*-0.00189540462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182864540812) q[0];
rx(pi*-0.061266891719) q[1];
rx(pi*-6.269795e-06) q[2];
rx(pi*-0.000650848919) q[3];
rx(pi*-0.003839668808) q[4];
rx(pi*-0.002586208441) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
