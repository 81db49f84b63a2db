// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.595048091603) q[0];
rz(pi*1.650266594048) q[1];
rz(pi*1.15988117181) q[2];
rz(pi*0.661586238732) q[3];
rz(pi*1.071166576757) q[4];
rz(pi*0.922478139658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.0882755935) q[0];
rz(pi*0.475082800803) q[1];
rz(pi*0.74812503908) q[2];
rz(pi*0.916835568602) q[3];
rz(pi*0.16638906206) q[4];
rz(pi*0.02868790442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.187271444638) q[0];
rz(pi*0.414139982587) q[1];
rz(pi*1.604363169366) q[2];
rz(pi*0.050118116232) q[3];
rz(pi*0.446407048428) q[4];
rz(pi*1.259735729509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.263995026621) q[0];
rz(pi*0.84141760637) q[1];
rz(pi*0.596549746637) q[2];
rz(pi*0.537061568988) q[3];
rz(pi*0.469819760592) q[4];
rz(pi*1.951884560374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.639330674449) q[0];
rz(pi*0.235750619665) q[1];
rz(pi*1.8304735462) q[2];
rz(pi*0.316700997179) q[3];
rz(pi*1.473396872325) q[4];
rz(pi*1.317647309771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
