// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.111260243162) q[0];
rx(pi*-0.004581475377) q[1];
rx(pi*-0.002354032553) q[2];
rx(pi*0.005674002969) q[3];
rx(pi*0.000705128542) q[4];
rx(pi*0.003786825259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.107079133375) q[0];
rx(pi*-0.004641969686) q[1];
rx(pi*0.001651671513) q[2];
rx(pi*0.00806389031) q[3];
rx(pi*0.007334323535) q[4];
rx(pi*-0.005344904059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082881964498) q[0];
rx(pi*-0.003195323466) q[1];
rx(pi*-0.003710928932) q[2];
rx(pi*0.001368869072) q[3];
rx(pi*0.002227081155) q[4];
rx(pi*0.003241681003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.107397277895) q[0];
rx(pi*-0.005818562856) q[1];
rx(pi*0.000605905259) q[2];
rx(pi*0.009943121997) q[3];
rx(pi*0.000569234235) q[4];
rx(pi*0.003152051668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091312789528) q[0];
rx(pi*-0.008128175315) q[1];
rx(pi*-0.00031910042) q[2];
rx(pi*0.009462991714) q[3];
rx(pi*0.002426157157) q[4];
rx(pi*-0.002392902526) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
