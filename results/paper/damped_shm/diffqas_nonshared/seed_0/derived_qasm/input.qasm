// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.098079590747) q[0];
ry(pi*-0.021371396295) q[1];
ry(pi*-0.009659313407) q[2];
ry(pi*0.001860610824) q[3];
ry(pi*0.034549795695) q[4];
ry(pi*0.581028521203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00763129684) q[0];
ry(pi*-0.177268377098) q[1];
ry(pi*0.009822041478) q[2];
ry(pi*0.012738765263) q[3];
ry(pi*0.020602210272) q[4];
ry(pi*-0.02347537915) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000260734449) q[0];
ry(pi*0.004763791921) q[1];
ry(pi*0.147198630545) q[2];
ry(pi*-0.057477047421) q[3];
ry(pi*0.007795229681) q[4];
ry(pi*0.023151272444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.407198005988) q[0];
ry(pi*0.03478684832) q[1];
ry(pi*0.010236251541) q[2];
ry(pi*0.03913868912) q[3];
ry(pi*-0.020729858919) q[4];
ry(pi*0.000539109736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.224317964441) q[0];
ry(pi*-0.05798495262) q[1];
ry(pi*-0.34870422799) q[2];
ry(pi*-0.338082676703) q[3];
ry(pi*-0.466403451751) q[4];
ry(pi*-0.002556645342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
