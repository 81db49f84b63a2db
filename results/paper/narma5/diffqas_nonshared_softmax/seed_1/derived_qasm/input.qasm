// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.099763915397) q[0];
rx(pi*-0.005713302052) q[1];
rx(pi*0.000344170127) q[2];
rx(pi*0.003068214653) q[3];
rx(pi*0.002079376536) q[4];
rx(pi*-0.002096349141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09945928896) q[0];
rx(pi*-0.003820495068) q[1];
rx(pi*0.001993910681) q[2];
rx(pi*0.004571335332) q[3];
rx(pi*-0.001657747387) q[4];
rx(pi*-0.005404322555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097026546332) q[0];
rx(pi*0.002236180218) q[1];
rx(pi*-0.008649076847) q[2];
rx(pi*0.000405782235) q[3];
rx(pi*0.006905455839) q[4];
rx(pi*0.002612206145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104192069331) q[0];
rx(pi*0.001270101246) q[1];
rx(pi*0.003369798039) q[2];
rx(pi*-0.003013674525) q[3];
rx(pi*-0.002674408594) q[4];
rx(pi*0.001297328473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095929532574) q[0];
rx(pi*0.000815946138) q[1];
rx(pi*-0.006089619387) q[2];
rx(pi*0.002377806147) q[3];
rx(pi*0.002711982342) q[4];
rx(pi*0.000139032916) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
