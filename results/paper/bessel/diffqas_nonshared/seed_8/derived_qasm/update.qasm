// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.096483385025) q[0];
ry(pi*-0.001089153482) q[1];
ry(pi*-0.069405209154) q[2];
ry(pi*0.021691710822) q[3];
ry(pi*0.057800006276) q[4];
ry(pi*-0.065052296393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09356210363) q[0];
ry(pi*0.117072221882) q[1];
ry(pi*-0.480774625111) q[2];
ry(pi*-0.121976458974) q[3];
ry(pi*0.009472882445) q[4];
ry(pi*0.240159924174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.068684728546) q[0];
ry(pi*0.089340069627) q[1];
ry(pi*0.03837194821) q[2];
ry(pi*-0.024838191617) q[3];
ry(pi*0.167759444654) q[4];
ry(pi*0.045773902477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005870343042) q[0];
ry(pi*-0.329665075679) q[1];
ry(pi*0.024018758644) q[2];
ry(pi*-0.364422428491) q[3];
ry(pi*-0.064807130548) q[4];
ry(pi*-0.481274443176) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055655307904) q[0];
ry(pi*0.046937420459) q[1];
ry(pi*-0.153058714666) q[2];
ry(pi*0.002821840184) q[3];
ry(pi*0.233456378095) q[4];
ry(pi*-0.00337066456) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
