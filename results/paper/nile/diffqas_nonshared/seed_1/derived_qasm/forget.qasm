// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.022183814094) q[0];
rx(pi*0.003326654307) q[1];
rx(pi*-0.00220244608) q[2];
rx(pi*0.000105081045) q[3];
rx(pi*-0.000181641344) q[4];
rx(pi*0.003786308845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.208343081637) q[0];
rx(pi*-0.003665949587) q[1];
rx(pi*0.001367616278) q[2];
rx(pi*0.001876994384) q[3];
rx(pi*0.006446069885) q[4];
rx(pi*-0.005345134697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.029824945932) q[0];
rx(pi*0.003961132042) q[1];
rx(pi*-0.00497192148) q[2];
rx(pi*-0.003626640722) q[3];
rx(pi*0.00134100359) q[4];
rx(pi*0.003241675371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.200128451067) q[0];
rx(pi*0.001723790781) q[1];
rx(pi*0.000348680861) q[2];
rx(pi*0.004283540391) q[3];
rx(pi*-0.000318530237) q[4];
rx(pi*0.003152116294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.031298265168) q[0];
rx(pi*-0.000690126731) q[1];
rx(pi*-0.000166797411) q[2];
rx(pi*0.003894551928) q[3];
rx(pi*0.001539680719) q[4];
rx(pi*-0.002392918386) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
