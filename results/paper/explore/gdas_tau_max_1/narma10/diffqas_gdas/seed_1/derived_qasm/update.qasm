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
rx(pi*0.092345362348) q[0];
rx(pi*0.019168854758) q[1];
rx(pi*0.003929970787) q[2];
rx(pi*-0.000201263519) q[3];
rx(pi*-0.001149157465) q[4];
rx(pi*0.00615764736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115408710336) q[0];
rx(pi*0.012805431941) q[1];
rx(pi*0.00067561206) q[2];
rx(pi*0.007520491251) q[3];
rx(pi*0.002260216022) q[4];
rx(pi*0.003323535366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.086447712186) q[0];
rx(pi*0.015354577119) q[1];
rx(pi*0.004176041099) q[2];
rx(pi*-0.000931698278) q[3];
rx(pi*0.004557164172) q[4];
rx(pi*0.001895685209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.117807624555) q[0];
rx(pi*0.02254565048) q[1];
rx(pi*-0.001198359136) q[2];
rx(pi*-0.001079943473) q[3];
rx(pi*0.000755588565) q[4];
rx(pi*0.001117815078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088080544798) q[0];
rx(pi*0.021137388796) q[1];
rx(pi*0.001154907615) q[2];
rx(pi*-9.9776791e-05) q[3];
rx(pi*0.002407442469) q[4];
rx(pi*-0.000829456957) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
