// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.228397200059) q[0];
rx(pi*-0.011556285205) q[1];
rx(pi*0.24838751313) q[2];
rx(pi*-0.358895742978) q[3];
rx(pi*-0.188885238729) q[4];
rx(pi*-0.006704167437) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.137046199417) q[0];
rx(pi*-0.190640843992) q[1];
rx(pi*-0.016770382842) q[2];
rx(pi*0.028934033132) q[3];
rx(pi*0.258337144558) q[4];
rx(pi*-0.009532194219) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.734941407944) q[0];
rx(pi*-0.25509610596) q[1];
rx(pi*0.001950942744) q[2];
rx(pi*-0.005050147009) q[3];
rx(pi*-0.456352031532) q[4];
rx(pi*0.002582485335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.237379961291) q[0];
rx(pi*0.355051143331) q[1];
rx(pi*0.05259696738) q[2];
rx(pi*0.253983999382) q[3];
rx(pi*-0.197285308934) q[4];
rx(pi*-0.176555646858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.028713970604) q[0];
rx(pi*-0.345722433017) q[1];
rx(pi*-0.509398278321) q[2];
rx(pi*0.192223493686) q[3];
rx(pi*-0.047051920991) q[4];
rx(pi*-0.00692190699) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
