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
rx(pi*0.101632787963) q[0];
rx(pi*-0.000751349194) q[1];
rx(pi*0.000315356119) q[2];
rx(pi*0.002067111099) q[3];
rx(pi*-0.004453101615) q[4];
rx(pi*-0.002588834684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099529971931) q[0];
rx(pi*0.005252204993) q[1];
rx(pi*0.005297347681) q[2];
rx(pi*0.003389891661) q[3];
rx(pi*-0.001040908897) q[4];
rx(pi*0.004663203155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097183925274) q[0];
rx(pi*0.006935110243) q[1];
rx(pi*-0.002010848305) q[2];
rx(pi*-0.008260897986) q[3];
rx(pi*0.008505102744) q[4];
rx(pi*0.005022934159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100811656929) q[0];
rx(pi*0.002788595187) q[1];
rx(pi*-0.000836620578) q[2];
rx(pi*0.00096600864) q[3];
rx(pi*-0.004650079054) q[4];
rx(pi*-0.002169263485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100402367329) q[0];
rx(pi*0.002967343372) q[1];
rx(pi*0.003810420835) q[2];
rx(pi*0.00087831912) q[3];
rx(pi*0.007545166495) q[4];
rx(pi*-0.002278242504) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
