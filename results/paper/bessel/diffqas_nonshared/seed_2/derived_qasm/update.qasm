// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.002150899793) q[0];
rx(pi*-0.234289433501) q[1];
rx(pi*0.092824822655) q[2];
rx(pi*-0.003271711602) q[3];
rx(pi*0.092192128951) q[4];
rx(pi*-0.000731270394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.433244552933) q[0];
rx(pi*-0.422371119447) q[1];
rx(pi*0.123952641401) q[2];
rx(pi*0.003679915604) q[3];
rx(pi*0.127184411811) q[4];
rx(pi*-0.002309417544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.059403753666) q[0];
rx(pi*-0.225418307916) q[1];
rx(pi*0.003416852232) q[2];
rx(pi*0.014093413519) q[3];
rx(pi*0.075126460194) q[4];
rx(pi*0.001484190917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.075343660209) q[0];
rx(pi*-0.403238165871) q[1];
rx(pi*0.181573445332) q[2];
rx(pi*0.005446409445) q[3];
rx(pi*0.130217793686) q[4];
rx(pi*-0.003923921444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.046444925874) q[0];
rx(pi*-0.214572707451) q[1];
rx(pi*0.097030483177) q[2];
rx(pi*-0.003119587221) q[3];
rx(pi*0.073528153239) q[4];
rx(pi*0.000252751962) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
