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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.346879694736) q[0];
rx(pi*-0.014058669675) q[1];
rx(pi*0.256196544299) q[2];
rx(pi*-0.143351858518) q[3];
rx(pi*-0.010788688151) q[4];
rx(pi*0.001654725088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.417559782414) q[0];
rx(pi*0.001686442631) q[1];
rx(pi*0.23589731695) q[2];
rx(pi*-0.069546636758) q[3];
rx(pi*-0.015839276276) q[4];
rx(pi*-0.004162587642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016321182881) q[0];
rx(pi*0.045236627464) q[1];
rx(pi*0.141388160159) q[2];
rx(pi*-0.120951038879) q[3];
rx(pi*-0.013480656616) q[4];
rx(pi*-0.001864696487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.247400854359) q[0];
rx(pi*-0.003515590562) q[1];
rx(pi*0.188835378348) q[2];
rx(pi*-0.05723627851) q[3];
rx(pi*-0.014759781479) q[4];
rx(pi*0.002321465684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.315555991856) q[0];
rx(pi*-0.018777372268) q[1];
rx(pi*0.254765619668) q[2];
rx(pi*-0.14682851967) q[3];
rx(pi*-0.010899532872) q[4];
rx(pi*0.004386088685) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
