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
ry(pi*-0.316916735344) q[0];
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
rx(pi*-0.019286714652) q[0];
rx(pi*-0.280380081257) q[1];
rx(pi*0.109803325867) q[2];
rx(pi*0.207820856756) q[3];
rx(pi*-0.00653883002) q[4];
rx(pi*-0.002406274162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007800268131) q[0];
rx(pi*-0.109567333344) q[1];
rx(pi*0.510288821152) q[2];
rx(pi*0.234221017773) q[3];
rx(pi*-0.003706874693) q[4];
rx(pi*0.006647873516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055420453746) q[0];
rx(pi*-0.077418007633) q[1];
rx(pi*0.10891737444) q[2];
rx(pi*0.220367288161) q[3];
rx(pi*-0.011609517992) q[4];
rx(pi*-0.003354055995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007565706273) q[0];
rx(pi*-0.256971903579) q[1];
rx(pi*0.496338577173) q[2];
rx(pi*0.242929603828) q[3];
rx(pi*-0.013462436849) q[4];
rx(pi*-0.006419312381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.036466956276) q[0];
rx(pi*-0.275682960165) q[1];
rx(pi*0.111745727316) q[2];
rx(pi*0.216126613433) q[3];
rx(pi*-0.008392114695) q[4];
rx(pi*0.001962006968) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
