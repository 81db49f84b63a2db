// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*0.001088291334) q[0];
ry(pi*0.153035966342) q[1];
ry(pi*-0.118428640532) q[2];
ry(pi*-0.006069510054) q[3];
ry(pi*0.05494292866) q[4];
ry(pi*-0.053246110456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.213946265268) q[0];
ry(pi*0.158144947841) q[1];
ry(pi*-0.163386871383) q[2];
ry(pi*-0.128246050881) q[3];
ry(pi*-0.018747881503) q[4];
ry(pi*0.037305075034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.154798278471) q[0];
ry(pi*0.397559053304) q[1];
ry(pi*-0.075069134036) q[2];
ry(pi*-0.106503471751) q[3];
ry(pi*-0.057104702505) q[4];
ry(pi*-0.00041128322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.314115429069) q[0];
ry(pi*0.09927181924) q[1];
ry(pi*-0.244122230748) q[2];
ry(pi*-0.092354298512) q[3];
ry(pi*0.083347868777) q[4];
ry(pi*-0.007738478635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002022257152) q[0];
ry(pi*-0.0433862723) q[1];
ry(pi*-0.161155239881) q[2];
ry(pi*0.009627361521) q[3];
ry(pi*0.093663370671) q[4];
ry(pi*0.01048403444) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
