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
rx(pi*0.000572546166) q[0];
rx(pi*-0.002459142168) q[1];
rx(pi*-0.002159628146) q[2];
rx(pi*0.001539515153) q[3];
rx(pi*-0.003336605514) q[4];
rx(pi*0.00118625556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001211786653) q[0];
rx(pi*0.003706547413) q[1];
rx(pi*-0.00107020534) q[2];
rx(pi*0.00333137111) q[3];
rx(pi*0.005477142332) q[4];
rx(pi*0.005050567374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00186553855) q[0];
rx(pi*0.001429736315) q[1];
rx(pi*0.009070097533) q[2];
rx(pi*0.00710523235) q[3];
rx(pi*-0.002440219372) q[4];
rx(pi*0.002939937831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001916096773) q[0];
rx(pi*0.000230029447) q[1];
rx(pi*0.000488002379) q[2];
rx(pi*0.001552664601) q[3];
rx(pi*0.002983705292) q[4];
rx(pi*0.000696363206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001081598549) q[0];
rx(pi*0.004431320012) q[1];
rx(pi*0.001011334386) q[2];
rx(pi*0.001734857525) q[3];
rx(pi*0.003152001864) q[4];
rx(pi*0.005198836432) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
