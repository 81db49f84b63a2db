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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.142409662381) q[0];
rx(pi*-0.178010515097) q[1];
rx(pi*-0.007943886495) q[2];
rx(pi*-0.108574555862) q[3];
rx(pi*-0.001207988917) q[4];
rx(pi*0.004871777093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.034259069168) q[0];
rx(pi*-0.233434919918) q[1];
rx(pi*-0.033637982042) q[2];
rx(pi*-0.107179347429) q[3];
rx(pi*0.008277158817) q[4];
rx(pi*-0.003461839581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134209185482) q[0];
rx(pi*-0.237306384976) q[1];
rx(pi*-0.006127217444) q[2];
rx(pi*-0.1096231986) q[3];
rx(pi*0.0014075173) q[4];
rx(pi*0.002363481575) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.033838773003) q[0];
rx(pi*-0.126794009582) q[1];
rx(pi*-0.033607395601) q[2];
rx(pi*-0.112197819435) q[3];
rx(pi*0.003481399595) q[4];
rx(pi*0.001898429587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141289350089) q[0];
rx(pi*-0.22551818046) q[1];
rx(pi*-0.001317330492) q[2];
rx(pi*-0.110487340853) q[3];
rx(pi*-0.000739470104) q[4];
rx(pi*0.00259309792) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
