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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.000227973201) q[0];
ry(pi*0.013240509062) q[1];
ry(pi*-0.000400728444) q[2];
ry(pi*0.477139864053) q[3];
ry(pi*-0.000574845203) q[4];
ry(pi*-0.000131095628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000132159982) q[0];
ry(pi*-0.000403951847) q[1];
ry(pi*0.104409961852) q[2];
ry(pi*0.895710704192) q[3];
ry(pi*-8.1512158e-05) q[4];
ry(pi*-0.029356904848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042555915767) q[0];
ry(pi*0.012767754435) q[1];
ry(pi*-0.490502522036) q[2];
ry(pi*-0.012740399291) q[3];
ry(pi*-0.499952999445) q[4];
ry(pi*-0.499844095873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019063690003) q[0];
ry(pi*0.005621733049) q[1];
ry(pi*0.004790434401) q[2];
ry(pi*-0.500225523993) q[3];
ry(pi*0.497151521466) q[4];
ry(pi*0.499750674064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020169128847) q[0];
ry(pi*-0.145842401622) q[1];
ry(pi*1.6995177e-05) q[2];
ry(pi*0.456028432348) q[3];
ry(pi*-0.499961916636) q[4];
ry(pi*-0.004789889231) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
