// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.496544583267) q[0];
ry(pi*0.368679495673) q[1];
ry(pi*0.625452413075) q[2];
ry(pi*-0.282798689188) q[3];
ry(pi*9.072427e-05) q[4];
ry(pi*-1.0329e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012373264765) q[0];
ry(pi*0.283904762433) q[1];
ry(pi*-0.020615016877) q[2];
ry(pi*0.204457368045) q[3];
ry(pi*-0.000288702021) q[4];
ry(pi*1.2261e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014929187957) q[0];
ry(pi*-0.248563067965) q[1];
ry(pi*0.100654420283) q[2];
ry(pi*0.49529936389) q[3];
ry(pi*-0.000262674579) q[4];
ry(pi*5.041e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005009962729) q[0];
ry(pi*0.351415661309) q[1];
ry(pi*-0.071474969916) q[2];
ry(pi*-0.192164488441) q[3];
ry(pi*0.001374512723) q[4];
ry(pi*-3.4626e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003605592237) q[0];
ry(pi*-0.192262539601) q[1];
ry(pi*-0.116659289514) q[2];
ry(pi*-0.231947304716) q[3];
ry(pi*0.501250280041) q[4];
ry(pi*-0.002364000805) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
