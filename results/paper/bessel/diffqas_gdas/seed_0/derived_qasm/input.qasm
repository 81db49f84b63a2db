// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.027247443611) q[0];
rx(pi*-0.319093650391) q[1];
rx(pi*-0.053564776726) q[2];
rx(pi*0.008703013997) q[3];
rx(pi*0.001082516652) q[4];
rx(pi*-0.004282346293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016583894961) q[0];
rx(pi*-0.049635743608) q[1];
rx(pi*0.10665879215) q[2];
rx(pi*0.013009649854) q[3];
rx(pi*0.003895304908) q[4];
rx(pi*0.004836169988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014503651756) q[0];
rx(pi*-0.203670017989) q[1];
rx(pi*-0.046045525819) q[2];
rx(pi*0.006441401403) q[3];
rx(pi*0.004835497938) q[4];
rx(pi*-0.000637140293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017541172061) q[0];
rx(pi*-0.111933064227) q[1];
rx(pi*0.083785864144) q[2];
rx(pi*0.009290403743) q[3];
rx(pi*0.000728532315) q[4];
rx(pi*-0.005563444025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.011530734843) q[0];
rx(pi*-0.311008015533) q[1];
rx(pi*-0.047745816035) q[2];
rx(pi*0.013231553925) q[3];
rx(pi*0.004856453042) q[4];
rx(pi*0.002288621189) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
