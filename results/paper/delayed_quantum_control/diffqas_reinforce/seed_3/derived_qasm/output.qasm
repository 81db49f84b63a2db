// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.311740439485) q[0];
rx(pi*-0.020008009902) q[1];
rx(pi*0.007459297024) q[2];
rx(pi*0.10482482944) q[3];
rx(pi*-0.249603950849) q[4];
rx(pi*-0.216851979523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.019178032825) q[0];
rx(pi*0.085510230777) q[1];
rx(pi*0.005561535485) q[2];
rx(pi*-0.070218893384) q[3];
rx(pi*0.215135401202) q[4];
rx(pi*-0.050697705215) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003913934368) q[0];
rx(pi*-0.018309945426) q[1];
rx(pi*0.018067531814) q[2];
rx(pi*0.107002426556) q[3];
rx(pi*-0.012304118586) q[4];
rx(pi*0.090062267268) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.044588176894) q[0];
rx(pi*0.297665316881) q[1];
rx(pi*0.036710037491) q[2];
rx(pi*-0.014537263165) q[3];
rx(pi*0.020921137418) q[4];
rx(pi*0.000239935611) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.05745830709) q[0];
rx(pi*-0.012967080937) q[1];
rx(pi*0.2482161323) q[2];
rx(pi*-0.247151609373) q[3];
rx(pi*-0.03892712401) q[4];
rx(pi*-0.000685907592) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
