// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.03964613423) q[0];
rx(pi*0.005613224958) q[1];
rx(pi*0.097429906948) q[2];
rx(pi*0.007105119107) q[3];
rx(pi*0.000592560117) q[4];
rx(pi*-0.001631315089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.173829376851) q[0];
rx(pi*0.240818297492) q[1];
rx(pi*0.101944443803) q[2];
rx(pi*0.001398032853) q[3];
rx(pi*1.0151203e-05) q[4];
rx(pi*0.001542352023) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02414491793) q[0];
rx(pi*0.001854774777) q[1];
rx(pi*0.098890467011) q[2];
rx(pi*3.7109939e-05) q[3];
rx(pi*0.001456789229) q[4];
rx(pi*-0.004673916532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.237009594283) q[0];
rx(pi*0.244129611147) q[1];
rx(pi*0.104750987506) q[2];
rx(pi*-0.004047525042) q[3];
rx(pi*0.0017943362) q[4];
rx(pi*0.0010799454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037225218739) q[0];
rx(pi*0.010599016406) q[1];
rx(pi*0.098530942929) q[2];
rx(pi*-0.001376351005) q[3];
rx(pi*0.001448192944) q[4];
rx(pi*0.000772866513) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
