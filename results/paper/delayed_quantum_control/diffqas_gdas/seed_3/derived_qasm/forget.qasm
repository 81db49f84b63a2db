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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.055080670808) q[0];
rx(pi*-0.179421309642) q[1];
rx(pi*0.300246502286) q[2];
rx(pi*-0.109235632796) q[3];
rx(pi*-0.079038669227) q[4];
rx(pi*-0.000687093982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.548789459138) q[0];
rx(pi*-0.035885564882) q[1];
rx(pi*0.342459310141) q[2];
rx(pi*-0.071596936224) q[3];
rx(pi*-0.079513846437) q[4];
rx(pi*-0.001120839898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.057725087638) q[0];
rx(pi*-0.234793653244) q[1];
rx(pi*0.2500148057) q[2];
rx(pi*-0.106302920322) q[3];
rx(pi*-0.076059952583) q[4];
rx(pi*-0.000758864329) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.448588876467) q[0];
rx(pi*-0.497642004939) q[1];
rx(pi*0.301266477202) q[2];
rx(pi*-0.074430093949) q[3];
rx(pi*-0.078497983864) q[4];
rx(pi*-0.001605474799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.385723549728) q[0];
rx(pi*-0.048790797033) q[1];
rx(pi*0.305077570977) q[2];
rx(pi*-0.10828943341) q[3];
rx(pi*-0.078370515458) q[4];
rx(pi*0.00319094254) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
