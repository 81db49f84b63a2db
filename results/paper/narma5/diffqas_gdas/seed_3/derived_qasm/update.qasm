// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.098056111972) q[0];
rx(pi*-0.053336240494) q[1];
rx(pi*-0.00118858528) q[2];
rx(pi*0.005211384533) q[3];
rx(pi*0.002117767743) q[4];
rx(pi*-0.000759071695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.115039272993) q[0];
rx(pi*-0.057259833176) q[1];
rx(pi*-0.000316706852) q[2];
rx(pi*0.000175159964) q[3];
rx(pi*-0.0024665073) q[4];
rx(pi*0.002854697722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.095433841081) q[0];
rx(pi*-0.061501276301) q[1];
rx(pi*-0.001356529671) q[2];
rx(pi*0.001341093414) q[3];
rx(pi*-0.001962301342) q[4];
rx(pi*0.001862113525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.109993774308) q[0];
rx(pi*-0.056332725117) q[1];
rx(pi*-0.001726702801) q[2];
rx(pi*0.00016419014) q[3];
rx(pi*0.001865890436) q[4];
rx(pi*-0.00489660323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.089213274754) q[0];
rx(pi*-0.061290128591) q[1];
rx(pi*0.004511420581) q[2];
rx(pi*0.001784448879) q[3];
rx(pi*0.003359306703) q[4];
rx(pi*-0.000263235202) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
