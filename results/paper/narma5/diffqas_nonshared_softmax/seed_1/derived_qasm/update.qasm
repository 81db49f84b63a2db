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
rx(pi*0.097150846289) q[0];
rx(pi*-0.052599689969) q[1];
rx(pi*0.003821262575) q[2];
rx(pi*-0.001409054389) q[3];
rx(pi*-0.000228869775) q[4];
rx(pi*0.006156937661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.145782552089) q[0];
rx(pi*-0.059957459077) q[1];
rx(pi*0.000541590979) q[2];
rx(pi*0.006984257368) q[3];
rx(pi*0.003199645398) q[4];
rx(pi*0.003323088024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037326255735) q[0];
rx(pi*-0.056317447312) q[1];
rx(pi*0.005006818589) q[2];
rx(pi*-0.002124883561) q[3];
rx(pi*0.005478714106) q[4];
rx(pi*0.001895683727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.15796268614) q[0];
rx(pi*-0.049003936881) q[1];
rx(pi*-0.001404874604) q[2];
rx(pi*-0.001614858009) q[3];
rx(pi*0.001695199739) q[4];
rx(pi*0.001117854951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062624804474) q[0];
rx(pi*-0.050435482869) q[1];
rx(pi*0.001046123809) q[2];
rx(pi*-0.001307559675) q[3];
rx(pi*0.003328673423) q[4];
rx(pi*-0.000829481637) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
