// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.000637815975) q[0];
rz(pi*-0.00226312404) q[1];
rz(pi*-0.004379738447) q[2];
rz(pi*0.002568331073) q[3];
rz(pi*0.00019243945) q[4];
rz(pi*-0.001891610663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003160770238) q[0];
rz(pi*-0.000842165363) q[1];
rz(pi*0.000788258451) q[2];
rz(pi*-0.001560539032) q[3];
rz(pi*0.001262928065) q[4];
rz(pi*-0.003723206375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001341093859) q[0];
rz(pi*0.000110705362) q[1];
rz(pi*-0.00267034309) q[2];
rz(pi*-0.001808362248) q[3];
rz(pi*0.002228644628) q[4];
rz(pi*-0.001597642167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003290901943) q[0];
rz(pi*0.001288895976) q[1];
rz(pi*2.3647487e-05) q[2];
rz(pi*-0.00477991342) q[3];
rz(pi*0.004727459405) q[4];
rz(pi*0.004611259626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000917220219) q[0];
rz(pi*0.000437602535) q[1];
rz(pi*0.000217150824) q[2];
rz(pi*-0.00131614351) q[3];
rz(pi*-0.000792935011) q[4];
rz(pi*0.001283620366) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
