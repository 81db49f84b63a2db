// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081972591215) q[0];
ry(pi*-0.289581977725) q[1];
ry(pi*0.027191085064) q[2];
ry(pi*-0.049323082213) q[3];
ry(pi*-0.125268278131) q[4];
ry(pi*0.049350957922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.322077228802) q[0];
ry(pi*-0.055123833809) q[1];
ry(pi*0.246912875289) q[2];
ry(pi*0.020238002293) q[3];
ry(pi*0.50259867322) q[4];
ry(pi*0.000403778387) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011270695549) q[0];
ry(pi*-0.011666544143) q[1];
ry(pi*0.03456874947) q[2];
ry(pi*-0.013842401696) q[3];
ry(pi*-0.330161175086) q[4];
ry(pi*0.045847962597) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014891005302) q[0];
ry(pi*-0.112414990991) q[1];
ry(pi*0.442094466986) q[2];
ry(pi*-0.053927151464) q[3];
ry(pi*-0.053777484944) q[4];
ry(pi*0.056887284302) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.119281171464) q[0];
ry(pi*0.375274498663) q[1];
ry(pi*-0.566378410507) q[2];
ry(pi*0.418288829217) q[3];
ry(pi*-0.437625170648) q[4];
ry(pi*0.004963598966) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
