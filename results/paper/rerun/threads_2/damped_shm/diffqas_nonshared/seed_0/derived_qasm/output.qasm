// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.093376009435) q[0];
rx(pi*-0.112009230323) q[1];
rx(pi*-0.052922829065) q[2];
rx(pi*0.05720377345) q[3];
rx(pi*-0.08440486901) q[4];
rx(pi*-0.001514427103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.279043659882) q[0];
rx(pi*-0.065390224746) q[1];
rx(pi*-0.050098432006) q[2];
rx(pi*0.055300327794) q[3];
rx(pi*-0.088026605277) q[4];
rx(pi*0.00197322001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.053839886311) q[0];
rx(pi*-0.096488052321) q[1];
rx(pi*-0.052541960641) q[2];
rx(pi*0.058961318676) q[3];
rx(pi*-0.082395892189) q[4];
rx(pi*0.000990220979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.197085943302) q[0];
rx(pi*-0.134057555282) q[1];
rx(pi*-0.037365375169) q[2];
rx(pi*0.055086272512) q[3];
rx(pi*-0.085770147934) q[4];
rx(pi*-0.002947320008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004223057643) q[0];
rx(pi*-0.114016015792) q[1];
rx(pi*-0.056877418474) q[2];
rx(pi*0.063767153612) q[3];
rx(pi*-0.072823733063) q[4];
rx(pi*-0.000664408727) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
