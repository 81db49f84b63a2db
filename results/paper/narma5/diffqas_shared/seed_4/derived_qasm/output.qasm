// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*-0.002477916295) q[0];
rz(pi*-0.003797787357) q[1];
rz(pi*-1.1314035e-05) q[2];
rz(pi*-0.002236172066) q[3];
rz(pi*0.003981096116) q[4];
rz(pi*0.000487078125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000525970553) q[0];
rz(pi*0.003620571221) q[1];
rz(pi*0.001649203129) q[2];
rz(pi*-0.000118834184) q[3];
rz(pi*-0.000288780654) q[4];
rz(pi*-0.00038499029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00342731511) q[0];
rz(pi*0.002492641667) q[1];
rz(pi*0.00116475462) q[2];
rz(pi*0.002542754919) q[3];
rz(pi*-0.001733303687) q[4];
rz(pi*0.001626636083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004495595531) q[0];
rz(pi*0.004288497021) q[1];
rz(pi*0.000286632676) q[2];
rz(pi*0.000583757725) q[3];
rz(pi*0.001907897581) q[4];
rz(pi*-3.0906344e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00080885196) q[0];
rz(pi*0.003787202639) q[1];
rz(pi*0.000368445572) q[2];
rz(pi*-0.002915310908) q[3];
rz(pi*0.001399160546) q[4];
rz(pi*-0.005427567728) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
