// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.026028752879) q[0];
ry(pi*-0.499107346135) q[1];
ry(pi*0.006711834798) q[2];
ry(pi*0.302629270697) q[3];
ry(pi*0.010784534305) q[4];
ry(pi*0.00211168757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056921217062) q[0];
ry(pi*0.498238584018) q[1];
ry(pi*-0.001335801796) q[2];
ry(pi*-0.007841582475) q[3];
ry(pi*-0.018578651708) q[4];
ry(pi*0.468145036153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012296664668) q[0];
ry(pi*-0.017326477634) q[1];
ry(pi*0.503559111654) q[2];
ry(pi*-0.067686458454) q[3];
ry(pi*-0.001927203834) q[4];
ry(pi*0.015292698688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.128854525873) q[0];
ry(pi*-0.252066366854) q[1];
ry(pi*0.002694511703) q[2];
ry(pi*0.009642737747) q[3];
ry(pi*0.006702416015) q[4];
ry(pi*-0.5124613146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.230928923511) q[0];
ry(pi*-0.088950672953) q[1];
ry(pi*0.501540525136) q[2];
ry(pi*-0.048149954534) q[3];
ry(pi*-0.013253006174) q[4];
ry(pi*0.000158939173) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
