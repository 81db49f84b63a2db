// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.006004563374) q[0];
rx(pi*0.096478053683) q[1];
rx(pi*-0.02257242577) q[2];
rx(pi*0.003582821975) q[3];
rx(pi*0.005962955545) q[4];
rx(pi*-0.00643083299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.243247625025) q[0];
rx(pi*0.106404917813) q[1];
rx(pi*-0.024030818197) q[2];
rx(pi*-0.004578676304) q[3];
rx(pi*0.001129365183) q[4];
rx(pi*0.000654652065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.012239425074) q[0];
rx(pi*0.101640813435) q[1];
rx(pi*-0.023978690573) q[2];
rx(pi*0.000596995664) q[3];
rx(pi*-0.002211038511) q[4];
rx(pi*0.001142740896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.256588217703) q[0];
rx(pi*0.100795254989) q[1];
rx(pi*-0.027670130342) q[2];
rx(pi*0.001599204899) q[3];
rx(pi*-0.002247790947) q[4];
rx(pi*0.000257132962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007115463997) q[0];
rx(pi*0.094679076719) q[1];
rx(pi*-0.021199887399) q[2];
rx(pi*-0.009021887781) q[3];
rx(pi*0.006638227059) q[4];
rx(pi*0.002887045664) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
