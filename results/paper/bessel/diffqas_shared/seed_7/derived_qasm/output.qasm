// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.005506158185) q[0];
ry(pi*0.249402137732) q[1];
ry(pi*0.02551410524) q[2];
ry(pi*0.008908077976) q[3];
ry(pi*0.333262460424) q[4];
ry(pi*0.318704253717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067596328416) q[0];
ry(pi*0.294584768756) q[1];
ry(pi*-0.376048738551) q[2];
ry(pi*-0.462753095095) q[3];
ry(pi*0.470498036322) q[4];
ry(pi*0.257673288116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.166717821832) q[0];
ry(pi*0.024692371821) q[1];
ry(pi*0.106968493797) q[2];
ry(pi*-0.025642472479) q[3];
ry(pi*0.023519467073) q[4];
ry(pi*-0.166971677197) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011997509497) q[0];
ry(pi*0.107308267249) q[1];
ry(pi*0.056195063603) q[2];
ry(pi*0.119321374716) q[3];
ry(pi*-0.150521887545) q[4];
ry(pi*-0.264147776212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007477673909) q[0];
ry(pi*0.020399676191) q[1];
ry(pi*0.301296852571) q[2];
ry(pi*0.340330454013) q[3];
ry(pi*-0.069445545215) q[4];
ry(pi*-0.002426793337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
