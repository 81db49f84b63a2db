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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000563907673) q[0];
rx(pi*-0.000324998017) q[1];
rx(pi*-0.000318314311) q[2];
rx(pi*-0.005901506373) q[3];
rx(pi*-0.00213808296) q[4];
rx(pi*-0.002251715341) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00107404117) q[0];
rx(pi*-0.001266245628) q[1];
rx(pi*-0.001265360431) q[2];
rx(pi*0.000471863093) q[3];
rx(pi*-0.00130476831) q[4];
rx(pi*-0.000703059845) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003518063244) q[0];
rx(pi*0.000279944523) q[1];
rx(pi*-4.8737918e-05) q[2];
rx(pi*0.003190211199) q[3];
rx(pi*0.00568876436) q[4];
rx(pi*0.00303374621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003942719584) q[0];
rx(pi*0.003079461342) q[1];
rx(pi*0.000251751038) q[2];
rx(pi*0.000514107398) q[3];
rx(pi*0.000382299273) q[4];
rx(pi*0.001612960289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001700873629) q[0];
rx(pi*0.00477439235) q[1];
rx(pi*0.000949607515) q[2];
rx(pi*-7.4782933e-05) q[3];
rx(pi*0.002184140936) q[4];
rx(pi*-0.000131478214) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
